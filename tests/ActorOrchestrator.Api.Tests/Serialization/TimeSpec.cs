using ActorOrchestrator.Api.Core;
using ActorOrchestrator.Api.Serialization;

namespace ActorOrchestrator.Api.Tests.Serialization;

public sealed class TimeSpec
{
    [Fact]
    public void Times_are_written_in_UTC_with_seconds_and_MicroTimes_with_microseconds()
    {
        var at = new DateTimeOffset(2026, 11, 22, 14, 0, 0, TimeSpan.FromHours(2)).AddTicks(1234567);
        var ev = new Event
        {
            Metadata = new() { Name = "e", CreationTimestamp = at },
            EventTime = at,
            LastTimestamp = at,
        };

        var json = ApiSerializer.ToJsonObject(ev);

        Assert.Equal("2026-11-22T12:00:00Z", json["metadata"]!["creationTimestamp"]!.GetValue<string>());
        Assert.Equal("2026-11-22T12:00:00.123456Z", json["eventTime"]!.GetValue<string>());
    }

    [Fact]
    public void RFC_3339_input_with_offsets_and_nanoseconds_is_accepted()
    {
        var decoded = ManifestDecoder.DecodeJson(
            """{"apiVersion":"v1","kind":"Event","metadata":{"name":"e","creationTimestamp":"2026-11-22T14:00:00.123456789+02:00"},"involvedObject":{},"eventTime":"2026-11-22T12:00:00.123456789Z"}""");
        var ev = decoded.As<Event>();

        Assert.Equal(new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero), ev.Metadata.CreationTimestamp);
        Assert.Equal("2026-11-22T12:00:00.123456Z", ApiSerializer.ToJsonObject(ev)["eventTime"]!.GetValue<string>());
    }
}
