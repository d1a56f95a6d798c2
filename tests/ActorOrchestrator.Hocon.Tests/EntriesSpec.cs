using ActorOrchestrator.Hocon;

namespace ActorOrchestrator.Hocon.Tests;

public sealed class EntriesSpec
{
    private static readonly Config Reference = Config.ParseString("""
        ao {
          api { port = 6443 }
          roles = [a]
          labels {}
        }
        """, "reference.conf");

    [Fact]
    public void Entries_list_every_leaf_with_its_position()
    {
        var config = Config.ParseString("ao.api.port = 1\nao {\n  api.host = x\n  empty {}\n}", "user.conf");

        var entries = config.Entries().Select(entry => $"{entry.Path}@{entry.Origin}");

        Assert.Equal(["ao.api.port@user.conf:1:15", "ao.api.host@user.conf:3:14", "ao.empty@user.conf:4:9"], entries);
    }

    [Fact]
    public void Entries_not_declared_in_a_reference_are_found_while_open_sections_and_list_indexes_are_accepted()
    {
        var config = Config.ParseString("""
            ao.api.port = 1
            ao.api.prot = 2
            ao.labels.team = core
            ao.roles.0 = b
            ao.roles.x = c
            ao.api.port.deeper = 3
            other.thing = 4
            """, "user.conf");

        var undeclared = config.EntriesNotDeclaredIn(Reference).Select(entry => $"{entry.Path}@{entry.Origin}");

        Assert.Equal(["ao.api.port.deeper@user.conf:6:22", "ao.api.prot@user.conf:2:15", "ao.roles.x@user.conf:5:14", "other.thing@user.conf:7:15"], undeclared);
    }
}
