using ActorOrchestrator.Api.Quantities;

namespace ActorOrchestrator.Api.Tests.Quantities;

public sealed class QuantitySpec
{
    [Theory]
    [InlineData("500m", "500m")]
    [InlineData("1Gi", "1Gi")]
    [InlineData("2", "2")]
    [InlineData("1e3", "1e3")]
    [InlineData("1E3", "1e3")]
    [InlineData("128974848", "128974848")]
    [InlineData("129M", "129M")]
    [InlineData("0.5", "500m")]
    [InlineData("1.1", "1100m")]
    [InlineData("1000", "1k")]
    [InlineData("1000m", "1")]
    [InlineData("1.0", "1")]
    [InlineData("0", "0")]
    [InlineData("0Mi", "0")]
    [InlineData("0.0", "0")]
    [InlineData("1024Mi", "1Gi")]
    [InlineData("2048Ki", "2Mi")]
    [InlineData("1.5Gi", "1536Mi")]
    [InlineData("0.5Gi", "512Mi")]
    [InlineData("0.5Ki", "512")]
    [InlineData("1536", "1536")]
    [InlineData("1.3Ki", "1331200m")]
    [InlineData("100Mi", "100Mi")]
    [InlineData("0.1m", "100u")]
    [InlineData("0.1n", "1n")]
    [InlineData("1n", "1n")]
    [InlineData("10m", "10m")]
    [InlineData("100k", "100k")]
    [InlineData("1.5e3", "1500")]
    [InlineData("5e-1", "500e-3")]
    [InlineData("12e6", "12e6")]
    [InlineData("-1", "-1")]
    [InlineData("+1", "1")]
    [InlineData("-1Gi", "-1Gi")]
    [InlineData("01", "1")]
    [InlineData(".5", "500m")]
    [InlineData("1E", "1E")]
    [InlineData("7Ei", "7Ei")]
    [InlineData("8Ei", "9223372036854775807")]
    public void Canonical_form_is_the_one_Kubernetes_writes_back(string input, string canonical)
    {
        Assert.Equal(canonical, Quantity.Parse(input).ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("1Gb")]
    [InlineData("1 Gi")]
    [InlineData("--1")]
    [InlineData("1e")]
    [InlineData("1.2.3")]
    [InlineData("Mi")]
    public void Malformed_text_is_refused_with_Kubernetes_message(string input)
    {
        Assert.False(Quantity.TryParse(input, out _));
        var error = Assert.Throws<QuantityFormatException>(() => Quantity.Parse(input));
        Assert.Equal("quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'", error.Message);
    }

    [Theory]
    [InlineData("1Gi", "1073741824", 0)]
    [InlineData("1", "1000m", 0)]
    [InlineData("500m", "0.5", 0)]
    [InlineData("1Ki", "1k", 1)]
    [InlineData("129M", "128974848", 1)]
    [InlineData("100m", "1", -1)]
    [InlineData("-1", "0", -1)]
    public void Comparison_is_by_value_whatever_the_suffix(string left, string right, int expected)
    {
        Assert.Equal(expected, Math.Sign(Quantity.Parse(left).CompareTo(Quantity.Parse(right))));
        Assert.Equal(expected == 0, Quantity.Parse(left) == Quantity.Parse(right));
    }

    [Theory]
    [InlineData("100m", "250m", "350m")]
    [InlineData("1Gi", "512Mi", "1536Mi")]
    [InlineData("0", "1Gi", "1Gi")]
    [InlineData("1", "500m", "1500m")]
    [InlineData("1", "-1", "0")]
    public void Addition_keeps_the_format_of_the_left_operand(string left, string right, string sum)
    {
        Assert.Equal(sum, (Quantity.Parse(left) + Quantity.Parse(right)).ToString());
    }

    [Fact]
    public void Subtraction_and_integer_views_round_up_like_Kubernetes()
    {
        Assert.Equal("750m", (Quantity.Parse("1") - Quantity.Parse("250m")).ToString());
        Assert.Equal(1, Quantity.Parse("100m").Value);
        Assert.Equal(100, Quantity.Parse("100m").MilliValue);
        Assert.Equal(1, Quantity.Parse("0.1m").MilliValue);
        Assert.Equal(1073741824, Quantity.Parse("1Gi").Value);
        Assert.Equal("250m", Quantity.FromMilli(250).ToString());
        Assert.Equal("1Gi", Quantity.FromInt64(1L << 30, QuantityFormat.BinarySI).ToString());
    }

    [Fact]
    public void Equal_values_hash_alike()
    {
        Assert.Equal(Quantity.Parse("1").GetHashCode(), Quantity.Parse("1000m").GetHashCode());
    }
}
