using System.Text;
using ActorOrchestrator.NodeAgent.Logs;

namespace ActorOrchestrator.NodeAgent.Tests.Logs;

public sealed class CriLogFormatSpec
{
    [Fact]
    public void A_record_is_written_as_time_stream_tag_and_content_on_one_line()
    {
        var time = new DateTimeOffset(2016, 10, 6, 0, 17, 9, TimeSpan.Zero).AddTicks(6697942);

        var line = Encoding.UTF8.GetString(CriLogFormat.Encode(time, LogStream.Stdout, partial: false, "hello world"u8));

        Assert.Equal("2016-10-06T00:17:09.669794200Z stdout F hello world\n", line);
    }

    [Fact]
    public void A_partial_stderr_record_carries_the_P_tag()
    {
        var line = Encoding.UTF8.GetString(CriLogFormat.Encode(DateTimeOffset.UnixEpoch, LogStream.Stderr, partial: true, "half"u8));

        Assert.Equal("1970-01-01T00:00:00.000000000Z stderr P half\n", line);
    }

    [Fact]
    public void A_kubelet_written_line_with_nine_fraction_digits_parses()
    {
        Assert.True(CriLogFormat.TryParse("2016-10-06T00:17:09.669794202Z stdout F the message  with spaces"u8, out var record));

        Assert.Equal(new DateTimeOffset(2016, 10, 6, 0, 17, 9, TimeSpan.Zero).AddTicks(6697942), record!.Time);
        Assert.Equal(LogStream.Stdout, record.Stream);
        Assert.False(record.Partial);
        Assert.Equal("the message  with spaces", Encoding.UTF8.GetString(record.Content));
    }

    [Fact]
    public void An_empty_line_round_trips_as_an_empty_full_record()
    {
        var encoded = CriLogFormat.Encode(DateTimeOffset.UnixEpoch, LogStream.Stdout, partial: false, []);

        Assert.True(CriLogFormat.TryParse(encoded.AsSpan(0, encoded.Length - 1), out var record));
        Assert.Empty(record!.Content);
        Assert.False(record.Partial);
    }

    [Theory]
    [InlineData("not a log line")]
    [InlineData("2016-10-06T00:17:09Z stdin F x")]
    [InlineData("2016-10-06T00:17:09Z stdout X x")]
    [InlineData("yesterday stdout F x")]
    public void Lines_that_are_not_CRI_records_are_rejected(string line)
    {
        Assert.False(CriLogFormat.TryParse(Encoding.UTF8.GetBytes(line), out _));
    }
}
