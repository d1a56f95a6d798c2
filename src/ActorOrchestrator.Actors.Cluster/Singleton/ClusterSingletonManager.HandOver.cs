using ActorOrchestrator.Actors.Cluster.Membership;

namespace ActorOrchestrator.Actors.Cluster.Singleton;

/// <summary>Deciding where the singleton runs, and the hand-over between managers.</summary>
public sealed partial class ClusterSingletonManager
{
    private void Evaluate()
    {
        var me = Me;
        if (me is null)
        {
            return;
        }
        if (me.Status is MemberStatus.Exiting or MemberStatus.Down or MemberStatus.Removed)
        {
            GiveUp($"this member is {me.Status}");
            return;
        }
        var designated = Designated();
        if (designated is not null && designated.UniqueAddress == SelfAddress)
        {
            TakeOverIfFree(me);
        }
        else if (_singleton is not null && designated is not null && me.Status == MemberStatus.Leaving)
        {
            ManagerAt(designated.UniqueAddress).Tell(new TakeOverFromMe(SelfAddress), Self);
        }
    }

    /// <summary>This member is the designated host: starts the singleton once no older member may still run it.</summary>
    private void TakeOverIfFree(Member me)
    {
        if (_started || _handedOver)
        {
            return;
        }
        var older = _members.Values.Where(m => m.IsOlderThan(me) && !_handedOverBy.Contains(m.UniqueAddress)).ToList();
        if (older.Count == 0)
        {
            _started = true;
            _singleton = Context.ActorOf(_singletonProps, _settings.SingletonName);
            Context.Watch(_singleton);
            SingletonLog.Started(Context.Log, _settings.SingletonName, SelfAddress.ToString());
            return;
        }
        if (!_waitingLogged)
        {
            _waitingLogged = true;
            SingletonLog.WaitingForHandOver(Context.Log, SelfAddress.ToString(), _settings.SingletonName, string.Join(", ", older.Select(static m => m.UniqueAddress)));
        }
        foreach (var member in older.Where(static m => m.Status != MemberStatus.Removed))
        {
            ManagerAt(member.UniqueAddress).Tell(new HandOverToMe(SelfAddress), Self);
        }
    }

    private void OnHandOverToMe(HandOverToMe request)
    {
        GiveUp($"{request.From} took over");
        if (_singleton is null)
        {
            Sender.Tell(new HandOverDone(SelfAddress), Self);
        }
        else
        {
            _awaitingHandOverDone.Add(Sender);
            Sender.Tell(new HandOverInProgress(SelfAddress), Self);
        }
    }

    private void OnHandOverDone(HandOverDone done)
    {
        if (_handedOverBy.Add(done.From))
        {
            Evaluate();
        }
    }

    private void OnTakeOverFromMe(TakeOverFromMe prompt)
    {
        if (Designated()?.UniqueAddress == SelfAddress && !_handedOverBy.Contains(prompt.From))
        {
            ManagerAt(prompt.From).Tell(new HandOverToMe(SelfAddress), Self);
        }
    }

    /// <summary>This member will never run the singleton again; stops it when it runs.</summary>
    private void GiveUp(string reason)
    {
        if (!_handedOver && _singleton is not null)
        {
            SingletonLog.Stopping(Context.Log, _settings.SingletonName, SelfAddress.ToString(), reason);
            _singleton.Tell(_terminationMessage, Self);
        }
        _handedOver = true;
        if (_singleton is null)
        {
            AnswerStopWaiters();
        }
    }

    private void OnSingletonTerminated(Terminated terminated)
    {
        _singleton = null;
        if (!_handedOver)
        {
            SingletonLog.StoppedByItself(Context.Log, _settings.SingletonName, SelfAddress.ToString());
            return;
        }
        SingletonLog.Stopped(Context.Log, _settings.SingletonName, SelfAddress.ToString());
        foreach (var requester in _awaitingHandOverDone)
        {
            requester.Tell(new HandOverDone(SelfAddress), Self);
        }
        _awaitingHandOverDone.Clear();
        if (Designated() is { } designated && designated.UniqueAddress != SelfAddress)
        {
            ManagerAt(designated.UniqueAddress).Tell(new HandOverDone(SelfAddress), Self);
        }
        AnswerStopWaiters();
    }

    private void OnAwaitSingletonStopped(AwaitSingletonStopped request)
    {
        _awaitingStop.Add(request.ReplyTo);
        GiveUp("this member shuts down");
    }

    private void AnswerStopWaiters()
    {
        foreach (var waiter in _awaitingStop)
        {
            waiter.Tell(SingletonStopped.Instance, Self);
        }
        _awaitingStop.Clear();
    }
}
