using System.Text;

namespace ActorOrchestrator.NodeAgent.Agent.Environment;

/// <summary>
/// Kubernetes' <c>$(VAR_NAME)</c> expansion in env values, command and args: a defined variable is replaced,
/// <c>$$</c> becomes <c>$</c>, anything else (an undefined name, a lone <c>$</c>) stays as written.
/// </summary>
internal static class EnvExpansion
{
    public static string Expand(string input, IReadOnlyDictionary<string, string> variables)
    {
        if (!input.Contains('$', StringComparison.Ordinal))
        {
            return input;
        }

        var output = new StringBuilder(input.Length);
        var index = 0;
        while (index < input.Length)
        {
            var ch = input[index];
            if (ch != '$' || index + 1 >= input.Length)
            {
                output.Append(ch);
                index++;
                continue;
            }

            var next = input[index + 1];
            if (next == '$')
            {
                output.Append('$');
                index += 2;
                continue;
            }

            var close = next == '(' ? input.IndexOf(')', index + 2) : -1;
            if (close < 0)
            {
                output.Append(ch);
                index++;
                continue;
            }

            var name = input[(index + 2)..close];
            output.Append(variables.TryGetValue(name, out var value) ? value : input[index..(close + 1)]);
            index = close + 1;
        }

        return output.ToString();
    }
}
