namespace ActorOrchestrator.NodeAgent.Runtime.Process;

/// <summary>
/// The per-container supervisor: a few lines of POSIX sh (dash: about 1.7 MB resident of which some 120 KB its own), run in a
/// session of its own and orphaned at birth (a launcher starts it in the background and exits), so it is never the agent's
/// child: it outlives the agent, and init, not the agent, reaps it. It starts the command in a new session (setsid: its own process group, so stop
/// signals reach its children), appends its output to files, writes "supervisor-pid child-pid" to <c>pids</c>, waits, kills
/// what is left of the group, and writes the exit status (128+n for signal n) to <c>exit</c>. A SIGTERM sent to the supervisor
/// itself is forwarded to the container's process group.
/// Arguments: the container's state directory, the setsid executable, the command's executable and arguments.
/// </summary>
internal static class SupervisorScript
{
    /// <summary>The shell that runs the supervisor.</summary>
    public const string Shell = "/bin/sh";

    /// <summary>The launcher, run as <c>setsid sh -c LAUNCHER ao-launch SCRIPT DIR SETSID EXE ARGS...</c>: it starts the supervisor in the background and exits.</summary>
    public const string Launcher = """
        script=$1; shift
        /bin/sh -c "$script" ao-supervisor "$@" &
        """;

    /// <summary>The supervisor script (see <see cref="Launcher"/>); its arguments: DIR SETSID EXE ARGS...</summary>
    public const string Text = """
        d=$1; s=$2; shift 2
        exec </dev/null >/dev/null 2>>"$d/supervisor.err"
        "$s" "$@" >>"$d/stdout" 2>>"$d/stderr" &
        c=$!
        trap 'kill -s TERM -- -$c 2>/dev/null' TERM
        echo "$$ $c" >"$d/pids"
        wait $c; r=$?
        while kill -0 $c 2>/dev/null; do wait $c; r=$?; done
        kill -s KILL -- -$c 2>/dev/null
        echo $r >"$d/exit"
        """;

    /// <summary>The name the launcher's $0 shows in ps.</summary>
    public const string LauncherName = "ao-launch";
}
