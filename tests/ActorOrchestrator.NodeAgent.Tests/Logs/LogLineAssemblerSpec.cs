using System.Text;
using ActorOrchestrator.NodeAgent.Logs;

namespace ActorOrchestrator.NodeAgent.Tests.Logs;

public sealed class LogLineAssemblerSpec
{
    [Fact]
    public void Each_newline_ends_a_full_record_and_the_rest_waits_for_more_output()
    {
        var lines = new LogLineAssembler(maxLineSize: 100);

        var first = lines.Append("one\ntwo\nthr"u8);
        var second = lines.Append("ee\n"u8);

        Assert.Equal(["F:one", "F:two"], Render(first));
        Assert.Equal(["F:three"], Render(second));
        Assert.Equal(0, lines.PendingBytes);
    }

    [Fact]
    public void A_line_longer_than_the_maximum_is_split_into_partial_records_ended_by_a_full_one()
    {
        var lines = new LogLineAssembler(maxLineSize: 4);

        var records = lines.Append("abcdefghij\nxy\n"u8);

        Assert.Equal(["P:abcd", "P:efgh", "F:ij", "F:xy"], Render(records));
    }

    [Fact]
    public void A_line_of_exactly_the_maximum_size_is_one_full_record()
    {
        var lines = new LogLineAssembler(maxLineSize: 4);

        Assert.Equal(["F:abcd"], Render(lines.Append("abcd\n"u8)));
    }

    [Fact]
    public void Finishing_turns_an_unterminated_last_line_into_a_full_record()
    {
        var lines = new LogLineAssembler(maxLineSize: 100);
        lines.Append("no newline at the end"u8);

        var last = lines.Finish();

        Assert.NotNull(last);
        Assert.Equal("F:no newline at the end", Render([last.Value])[0]);
        Assert.Null(lines.Finish());
    }

    private static List<string> Render(List<(bool Partial, byte[] Content)> records) =>
        records.Select(record => (record.Partial ? "P:" : "F:") + Encoding.UTF8.GetString(record.Content)).ToList();
}
