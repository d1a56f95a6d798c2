using System.Text.RegularExpressions;

namespace ActorOrchestrator.Api.Validation;

/// <summary>
/// Kubernetes' name and value rules (<c>k8s.io/apimachinery/pkg/util/validation</c>): each check returns the
/// messages Kubernetes prints, empty when the value is valid.
/// </summary>
public static partial class NameRules
{
    public const int LabelMaxLength = 63;
    public const int SubdomainMaxLength = 253;

    private const string LabelPattern = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
    private const string SubdomainPattern = @"[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*";
    private const string QualifiedNamePattern = "([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]";
    private const string LabelValuePattern = "(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?";
    private const string EnvVarNamePattern = "[-._a-zA-Z][-._a-zA-Z0-9]*";
    private const string ConfigKeyPattern = "[-._a-zA-Z0-9]+";

    private const string QualifiedNameText =
        "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '" +
        QualifiedNamePattern + "')";

    /// <summary>A lowercase RFC 1123 label (namespace names, container and volume names).</summary>
    public static IReadOnlyList<string> Dns1123Label(string value)
    {
        var messages = new List<string>();
        if (value.Length > LabelMaxLength)
        {
            messages.Add(MaxLength(LabelMaxLength));
        }

        if (!Label().IsMatch(value))
        {
            messages.Add("a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '" + LabelPattern + "')");
        }

        return messages;
    }

    /// <summary>A lowercase RFC 1123 subdomain (most object names).</summary>
    public static IReadOnlyList<string> Dns1123Subdomain(string value)
    {
        var messages = new List<string>();
        if (value.Length > SubdomainMaxLength)
        {
            messages.Add(MaxLength(SubdomainMaxLength));
        }

        if (!Subdomain().IsMatch(value))
        {
            messages.Add("a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '" + SubdomainPattern + "')");
        }

        return messages;
    }

    /// <summary>A label or annotation key, finalizer, resource name: optional DNS-subdomain prefix, '/', name.</summary>
    public static IReadOnlyList<string> QualifiedName(string value)
    {
        var messages = new List<string>();
        var parts = value.Split('/');
        string name;
        switch (parts.Length)
        {
            case 1:
                name = parts[0];
                break;
            case 2:
                name = parts[1];
                if (parts[0].Length == 0)
                {
                    messages.Add("prefix part must be non-empty");
                }
                else
                {
                    messages.AddRange(Dns1123Subdomain(parts[0]).Select(message => "prefix part " + message));
                }

                break;
            default:
                return ["a qualified name " + QualifiedNameText + " with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')"];
        }

        if (name.Length == 0)
        {
            messages.Add("name part must be non-empty");
        }
        else if (name.Length > LabelMaxLength)
        {
            messages.Add("name part " + MaxLength(LabelMaxLength));
        }

        if (name.Length > 0 && !QualifiedNamePart().IsMatch(name))
        {
            messages.Add("name part " + QualifiedNameText);
        }

        return messages;
    }

    public static IReadOnlyList<string> LabelValue(string value)
    {
        var messages = new List<string>();
        if (value.Length > LabelMaxLength)
        {
            messages.Add(MaxLength(LabelMaxLength));
        }

        if (!LabelValueRegex().IsMatch(value))
        {
            messages.Add("a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '" + LabelValuePattern + "')");
        }

        return messages;
    }

    /// <summary>A port name (IANA_SVC_NAME).</summary>
    public static IReadOnlyList<string> PortName(string value)
    {
        var messages = new List<string>();
        if (value.Length > 15)
        {
            messages.Add(MaxLength(15));
        }

        if (!PortNameCharacters().IsMatch(value))
        {
            messages.Add("must contain only alphanumeric characters (a-z, 0-9), and hyphens (-)");
        }

        if (!value.Any(char.IsAsciiLetterLower))
        {
            messages.Add("must contain at least one letter (a-z)");
        }

        if (value.Contains("--", StringComparison.Ordinal))
        {
            messages.Add("must not contain consecutive hyphens");
        }

        if (value.StartsWith('-') || value.EndsWith('-'))
        {
            messages.Add("must not begin or end with a hyphen");
        }

        return messages;
    }

    public static IReadOnlyList<string> EnvVarName(string value) =>
        EnvVarNameRegex().IsMatch(value)
            ? []
            : ["a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit (e.g. 'my.env-name',  or 'MY_ENV.NAME',  or 'MyEnvName1', regex used for validation is '" + EnvVarNamePattern + "')"];

    /// <summary>A key of ConfigMap or Secret data.</summary>
    public static IReadOnlyList<string> ConfigKey(string value)
    {
        var messages = new List<string>();
        if (value.Length > SubdomainMaxLength)
        {
            messages.Add(MaxLength(SubdomainMaxLength));
        }

        if (!ConfigKeyRegex().IsMatch(value))
        {
            messages.Add("a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '" + ConfigKeyPattern + "')");
        }

        if (value == ".")
        {
            messages.Add("must not be '.'");
        }
        else if (value == "..")
        {
            messages.Add("must not be '..'");
        }
        else if (value.StartsWith("..", StringComparison.Ordinal))
        {
            messages.Add("must not start with '..'");
        }

        return messages;
    }

    public static IReadOnlyList<string> PortNumber(int port) =>
        port is >= 1 and <= 65535 ? [] : ["must be between 1 and 65535, inclusive"];

    public static string MaxLength(int length) => $"must be no more than {length} characters";

    [GeneratedRegex("^" + LabelPattern + @"\z")]
    private static partial Regex Label();

    [GeneratedRegex("^" + SubdomainPattern + @"\z")]
    private static partial Regex Subdomain();

    [GeneratedRegex("^" + QualifiedNamePattern + @"\z")]
    private static partial Regex QualifiedNamePart();

    [GeneratedRegex("^" + LabelValuePattern + @"\z")]
    private static partial Regex LabelValueRegex();

    [GeneratedRegex(@"^[-a-z0-9]+\z")]
    private static partial Regex PortNameCharacters();

    [GeneratedRegex("^" + EnvVarNamePattern + @"\z")]
    private static partial Regex EnvVarNameRegex();

    [GeneratedRegex("^" + ConfigKeyPattern + @"\z")]
    private static partial Regex ConfigKeyRegex();
}
