using ActorOrchestrator.Api.Quantities;

namespace ActorOrchestrator.Api.Tests.Quantities;

public sealed class IntOrStringSpec
{
    [Theory]
    [InlineData("25%", 10, true, 3)]
    [InlineData("25%", 10, false, 2)]
    [InlineData("100%", 7, false, 7)]
    [InlineData("0%", 7, true, 0)]
    public void Percentages_scale_with_the_rounding_asked_for(string value, int total, bool roundUp, int expected)
    {
        Assert.Equal(expected, IntOrString.FromString(value).GetScaledValue(total, roundUp));
    }

    [Fact]
    public void Integers_are_counts_and_other_strings_are_refused()
    {
        Assert.Equal(2, IntOrString.FromInt(2).GetScaledValue(10, true));
        Assert.Throws<FormatException>(() => IntOrString.FromString("http").GetScaledValue(10, true));
        Assert.False(IntOrString.FromString("http").IsPercent);
    }
}
