using ActorOrchestrator.Actors.Cluster.Membership;

namespace ActorOrchestrator.Actors.Cluster.Daemon;

internal sealed partial class ClusterDaemon
{
    /// <summary>Ticks of the seed-join process: fine enough for its timeouts, at most one a second.</summary>
    private TimeSpan SeedJoinTickInterval =>
        TimeSpan.FromTicks(Math.Min(_settings.SeedNodeTimeout.Ticks / 5, TimeSpan.FromSeconds(1).Ticks));

    private void StartSeedJoin()
    {
        var step = SeedJoinProcess.Start(_self.Address, _settings, Now);
        Timers.StartPeriodicTimer("seed-join", DaemonTick.SeedJoin, SeedJoinTickInterval);
        ApplySeedJoin(step);
    }

    private void ContinueSeedJoin() => ApplySeedJoin(_seedJoin?.OnTick(Now));

    /// <summary>Carries out what the seed-join process decided; stops its clock once it is over.</summary>
    private void ApplySeedJoin(SeedJoinStep? step)
    {
        if (step is null)
        {
            return;
        }
        _seedJoin = step.Process.Phase == SeedJoinPhase.Done ? null : step.Process;
        if (_seedJoin is null)
        {
            Timers.Cancel("seed-join");
        }
        foreach (var command in step.Commands)
        {
            switch (command)
            {
                case SeedJoinCommand.SendInitJoin initJoin:
                    foreach (var seed in initJoin.To)
                    {
                        PeerAt(seed).Tell(new InitJoin(_self), Self);
                    }
                    break;
                case SeedJoinCommand.SendJoin join:
                    ClusterLog.JoiningThrough(_log, join.To.ToString());
                    PeerAt(join.To).Tell(new Join(_self, _settings.Roles, _settings.AppVersion), Self);
                    break;
                case SeedJoinCommand.FormNewCluster form:
                    ClusterLog.FormingCluster(_log, _self.ToString(), form.Reason);
                    Update(_state.Join(_self, _settings.Roles, _settings.AppVersion).State);
                    break;
                case SeedJoinCommand.ReportStillJoining report:
                    ClusterLog.StillJoining(_log, report.Attempts, report.Elapsed.TotalSeconds, report.Detail);
                    break;
            }
        }
    }

    private void HandleInitJoin(InitJoin initJoin) => PeerAt(initJoin.From.Address).Tell(_state.AnswerInitJoin(), Self);

    private void HandleJoin(Join join)
    {
        var result = _state.Join(join.Node, join.Roles, join.AppVersion);
        if (result.Outcome != JoinOutcome.AlreadyMember)
        {
            ClusterLog.JoinDecided(_log, join.Node.ToString(), result.Outcome.ToString(), result.Explanation);
        }
        Update(result.State);
        if (result.ShouldWelcome)
        {
            PeerAt(join.Node.Address).Tell(new Welcome(_self, _state.Gossip), Self);
        }
    }

    private void HandleWelcome(Welcome welcome)
    {
        if (_seedJoin is null || _state.SelfMember is not null)
        {
            return;
        }
        var step = _seedJoin.OnWelcome(welcome.From.Address);
        if (step.Process.Phase != SeedJoinPhase.Done)
        {
            return;
        }
        ClusterLog.Welcomed(_log, welcome.From.ToString());
        ApplySeedJoin(step);
        Update(_state.Welcome(welcome.Gossip));
    }
}
