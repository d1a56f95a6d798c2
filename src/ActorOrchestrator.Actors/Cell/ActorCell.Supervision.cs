namespace ActorOrchestrator.Actors;

/// <summary>Failure handling: a failing actor suspends and asks its parent, whose strategy decides.</summary>
internal sealed partial class ActorCell
{
    private void HandleInvokeFailure(Exception cause)
    {
        Extras.FailedMessage = _currentMessage;
        Fail(cause);
    }

    /// <summary>Suspends this actor and its children and reports <paramref name="cause"/> to the parent.</summary>
    private void Fail(Exception cause)
    {
        if ((_lifecycle & LifecycleFailed) != 0 || IsTerminating)
        {
            KernelLog.FailureWhileFailed(_system.KernelLogger, Path.ToString(), cause);
            return;
        }
        _lifecycle |= LifecycleFailed;
        ForEachChild(static child => child.SendSystemMessage(new Suspend()));
        if (_parent is null)
        {
            KernelLog.RootGuardianFailed(_system.KernelLogger, cause);
            BeginTerminate();
            return;
        }
        _parent.SendSystemMessage(new Failed(this, cause));
    }

    private void HandleChildFailure(ActorCell child, Exception cause)
    {
        if (!IsLiveChild(child) || _children?.Stopping?.Contains(child) == true)
        {
            return;
        }
        if (IsTerminating || _actor is null)
        {
            Stop(child);
            return;
        }
        SupervisorStrategy strategy;
        try
        {
            strategy = _actor.InvokeSupervisorStrategy() ?? _props.SupervisorStrategy ?? SupervisorStrategy.DefaultStrategy;
        }
        catch (Exception e)
        {
            KernelLog.SupervisorStrategyFailed(_system.KernelLogger, Path.ToString(), e);
            strategy = SupervisorStrategy.DefaultStrategy;
        }
        var directive = strategy.Decide(cause);
        if (directive == Directive.Restart && !strategy.RequestRestartPermission(StatisticsFor(child), _system.TimeProvider))
        {
            KernelLog.RestartLimitReached(_system.KernelLogger, child.Path.ToString(), strategy.MaxNrOfRetries, strategy.WithinTimeRange, cause);
            directive = Directive.Stop;
        }
        else if (strategy.LoggingEnabled)
        {
            LogFailure(child, cause, directive);
        }
        switch (directive)
        {
            case Directive.Resume:
                child.SendSystemMessage(new Resume(cause));
                break;
            case Directive.Restart:
                foreach (var target in strategy.AppliesToAllChildren ? ChildCells() : [child])
                {
                    target.SendSystemMessage(new Recreate(cause));
                }
                break;
            case Directive.Stop:
                foreach (var target in strategy.AppliesToAllChildren ? ChildCells() : [child])
                {
                    Stop(target);
                }
                break;
            default:
                Fail(cause);
                break;
        }
    }

    private void LogFailure(ActorCell child, Exception cause, Directive directive)
    {
        var path = child.Path.ToString();
        switch (directive)
        {
            case Directive.Resume:
                KernelLog.ChildFailedResumed(_system.KernelLogger, path, cause);
                break;
            case Directive.Escalate:
                break;
            default:
                KernelLog.ChildFailed(_system.KernelLogger, path, directive, cause);
                break;
        }
    }

    private RestartStatistics StatisticsFor(ActorCell child)
    {
        var statistics = _children!.Statistics ??= [];
        if (!statistics.TryGetValue(child, out var stats))
        {
            stats = new RestartStatistics();
            statistics.Add(child, stats);
        }
        return stats;
    }
}
