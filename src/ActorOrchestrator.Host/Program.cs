using System.CommandLine;
using ActorOrchestrator.Host.Cli;

// Signals are the verbs' own business (ao up runs coordinated shutdown on SIGINT/SIGTERM), so the
// command line must not end the process on them after a fixed timeout.
return await AoCommandLine.Create().Parse(args).InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null });
