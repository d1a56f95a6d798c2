namespace ActorOrchestrator.Actors.TestKit.Tests;

public sealed class TestKitSettingsSpec
{
    [Fact]
    public void Defaults_are_three_seconds_and_factor_one()
    {
        var settings = TestKitSettings.FromTimeFactorVariable(null);
        Assert.Equal(TimeSpan.FromSeconds(3), settings.DefaultTimeout);
        Assert.Equal(1.0, settings.TimeFactor);
    }

    [Theory]
    [InlineData("2", 2.0)]
    [InlineData("2.5", 2.5)]
    [InlineData(" 0.5 ", 0.5)]
    [InlineData("", 1.0)]
    public void The_time_factor_variable_sets_the_factor(string value, double factor)
    {
        Assert.Equal(factor, TestKitSettings.FromTimeFactorVariable(value).TimeFactor);
    }

    [Theory]
    [InlineData("fast")]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("2,5x")]
    public void An_invalid_time_factor_variable_is_rejected_naming_the_variable(string value)
    {
        var error = Assert.Throws<ArgumentException>(() => TestKitSettings.FromTimeFactorVariable(value));
        Assert.Contains($"AO_TEST_TIME_FACTOR='{value}' is not a positive number", error.Message);
    }

    [Fact]
    public void Validate_rejects_a_non_positive_factor_or_timeout()
    {
        Assert.Contains("TimeFactor", Assert.Throws<ArgumentException>(() => new TestKitSettings { TimeFactor = 0 }.Validate()).Message);
        Assert.Contains("DefaultTimeout", Assert.Throws<ArgumentException>(() => new TestKitSettings { DefaultTimeout = TimeSpan.Zero }.Validate()).Message);
    }
}
