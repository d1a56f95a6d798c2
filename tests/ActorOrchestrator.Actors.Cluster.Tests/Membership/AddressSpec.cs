using ActorOrchestrator.Actors.Cluster.Membership;

namespace ActorOrchestrator.Actors.Cluster.Tests.Membership;

public sealed class AddressSpec
{
    [Theory]
    [InlineData("10.0.0.1:2552", "10.0.0.1", 2552)]
    [InlineData("node-a.cluster.local:1", "node-a.cluster.local", 1)]
    [InlineData("[::1]:65535", "::1", 65535)]
    public void Parse_reads_host_and_port(string text, string host, int port)
    {
        var address = NodeAddress.Parse(text);

        Assert.Equal(new NodeAddress(host, port), address);
        Assert.Equal(text, address.ToString());
    }

    [Theory]
    [InlineData("10.0.0.1")]
    [InlineData(":2552")]
    [InlineData("host:")]
    [InlineData("host:0")]
    [InlineData("host:65536")]
    [InlineData("host:port")]
    [InlineData("::1:2552")]
    [InlineData("a b:2552")]
    public void Parse_rejects_text_that_is_not_host_and_port_naming_it(string text)
    {
        var error = Assert.Throws<FormatException>(() => NodeAddress.Parse(text));

        Assert.Contains($"'{text}'", error.Message);
    }

    [Fact]
    public void Unique_addresses_order_by_host_then_port_then_uid()
    {
        var ordered = new[]
        {
            new UniqueAddress("a", 2552, 9),
            new UniqueAddress("a", 2553, 1),
            new UniqueAddress("a", 2553, 2),
            new UniqueAddress("b", 1, 1),
        };

        Assert.Equal(ordered, ordered.Reverse().Order());
        Assert.True(ordered[0] < ordered[1]);
        Assert.Equal("a:2552#9", ordered[0].ToString());
    }

    [Fact]
    public void A_new_incarnation_on_the_same_host_and_port_is_a_different_member_at_the_same_address()
    {
        var first = new UniqueAddress("a", 2552, 1);
        var restarted = new UniqueAddress("a", 2552, 2);

        Assert.NotEqual(first, restarted);
        Assert.Equal(first.Address, restarted.Address);
    }
}
