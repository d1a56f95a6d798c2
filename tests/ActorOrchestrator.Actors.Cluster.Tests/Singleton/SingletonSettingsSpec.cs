using ActorOrchestrator.Actors.Cluster.Singleton;
using ActorOrchestrator.Hocon;

namespace ActorOrchestrator.Actors.Cluster.Tests.Singleton;

public sealed class SingletonSettingsSpec
{
    private static readonly Config Reference = Config.ParseFile(Path.Combine(AppContext.BaseDirectory, "reference.conf")).Resolve(_ => null);

    [Fact]
    public void Reference_conf_holds_the_same_singleton_defaults_as_the_settings_records()
    {
        var manager = ClusterSingletonManagerSettings.Default;
        var proxy = ClusterSingletonProxySettings.Default;
        var singleton = Reference.GetConfig("ao.cluster.singleton");
        var proxyConfig = Reference.GetConfig("ao.cluster.singleton-proxy");

        Assert.Equal(manager.SingletonName, singleton.GetString("singleton-name"));
        Assert.Equal(manager.Role ?? "", singleton.GetString("role"));
        Assert.Equal(manager.HandOverRetryInterval, singleton.GetDuration("hand-over-retry-interval"));
        Assert.Equal(manager.RemovalMargin, singleton.GetDuration("removal-margin"));
        Assert.Equal(proxy.SingletonName, proxyConfig.GetString("singleton-name"));
        Assert.Equal(proxy.Role ?? "", proxyConfig.GetString("role"));
        Assert.Equal(proxy.SingletonIdentificationInterval, proxyConfig.GetDuration("singleton-identification-interval"));
        Assert.Equal(proxy.BufferSize, proxyConfig.GetInt("buffer-size"));
        Assert.Equal(4, singleton.Keys.Count);
        Assert.Equal(4, proxyConfig.Keys.Count);
    }

    [Fact]
    public void The_defaults_are_valid()
    {
        Assert.Same(ClusterSingletonManagerSettings.Default, ClusterSingletonManagerSettings.Default.Validate());
        Assert.Same(ClusterSingletonProxySettings.Default, ClusterSingletonProxySettings.Default.Validate());
    }

    [Fact]
    public void Invalid_settings_are_rejected_naming_their_key()
    {
        Assert.Contains("ao.cluster.singleton.singleton-name", Assert.Throws<ArgumentException>(() => (ClusterSingletonManagerSettings.Default with { SingletonName = "a/b" }).Validate()).Message);
        Assert.Contains("ao.cluster.singleton.role", Assert.Throws<ArgumentException>(() => (ClusterSingletonManagerSettings.Default with { Role = "" }).Validate()).Message);
        Assert.Contains("ao.cluster.singleton.hand-over-retry-interval", Assert.Throws<ArgumentException>(() => (ClusterSingletonManagerSettings.Default with { HandOverRetryInterval = TimeSpan.Zero }).Validate()).Message);
        Assert.Contains("ao.cluster.singleton.removal-margin", Assert.Throws<ArgumentException>(() => (ClusterSingletonManagerSettings.Default with { RemovalMargin = TimeSpan.FromSeconds(-1) }).Validate()).Message);
        Assert.Contains("ao.cluster.singleton-proxy.buffer-size", Assert.Throws<ArgumentException>(() => (ClusterSingletonProxySettings.Default with { BufferSize = 10_001 }).Validate()).Message);
        Assert.Contains("ao.cluster.singleton-proxy.singleton-identification-interval", Assert.Throws<ArgumentException>(() => (ClusterSingletonProxySettings.Default with { SingletonIdentificationInterval = TimeSpan.Zero }).Validate()).Message);
    }
}
