using ActorOrchestrator.Host.Cli;

return AoCommandLine.Create().Parse(args).Invoke();
