using ActorOrchestrator.Api.Core;
using ActorOrchestrator.Api.Quantities;

namespace ActorOrchestrator.Api.Validation;

internal static partial class PodSpecValidation
{
    private static readonly string[] Schemes = ["HTTP", "HTTPS"];

    private static void ValidateProbe(Probe? probe, FieldPath path, bool successMustBeOne, List<FieldError> errors)
    {
        if (probe is null)
        {
            return;
        }

        ValidateHandlers(path, errors, [("exec", probe.Exec), ("httpGet", probe.HttpGet), ("tcpSocket", probe.TcpSocket), ("grpc", probe.Grpc)]);
        ValidateExec(probe.Exec, path.Child("exec"), errors);
        ValidateHttpGet(probe.HttpGet, path.Child("httpGet"), errors);
        ValidateTcpSocket(probe.TcpSocket, path.Child("tcpSocket"), errors);
        if (probe.Grpc is { } grpc)
        {
            Checks.Port(grpc.Port ?? 0, path.Child("grpc", "port"), errors);
        }

        Checks.NonNegative(probe.InitialDelaySeconds, path.Child("initialDelaySeconds"), errors);
        Checks.NonNegative(probe.TimeoutSeconds, path.Child("timeoutSeconds"), errors);
        Checks.NonNegative(probe.PeriodSeconds, path.Child("periodSeconds"), errors);
        Checks.NonNegative(probe.SuccessThreshold, path.Child("successThreshold"), errors);
        Checks.NonNegative(probe.FailureThreshold, path.Child("failureThreshold"), errors);
        if (probe.TerminationGracePeriodSeconds is <= 0)
        {
            errors.Add(FieldError.Invalid(path.Child("terminationGracePeriodSeconds"), probe.TerminationGracePeriodSeconds, "must be greater than 0"));
        }

        if (successMustBeOne && probe.SuccessThreshold is { } threshold && threshold != 1)
        {
            errors.Add(FieldError.Invalid(path.Child("successThreshold"), threshold, "must be 1"));
        }
    }

    private static void ValidateLifecycle(Lifecycle? lifecycle, FieldPath path, List<FieldError> errors)
    {
        foreach (var (name, handler) in new[] { ("postStart", lifecycle?.PostStart), ("preStop", lifecycle?.PreStop) })
        {
            if (handler is null)
            {
                continue;
            }

            var at = path.Child(name);
            ValidateHandlers(at, errors, [("exec", handler.Exec), ("httpGet", handler.HttpGet), ("tcpSocket", handler.TcpSocket), ("sleep", handler.Sleep)]);
            ValidateExec(handler.Exec, at.Child("exec"), errors);
            ValidateHttpGet(handler.HttpGet, at.Child("httpGet"), errors);
            ValidateTcpSocket(handler.TcpSocket, at.Child("tcpSocket"), errors);
            Checks.NonNegative(handler.Sleep?.Seconds, at.Child("sleep", "seconds"), errors);
        }
    }

    private static void ValidateHandlers(FieldPath path, List<FieldError> errors, (string Name, object? Value)[] handlers)
    {
        var set = handlers.Where(handler => handler.Value is not null).ToList();
        if (set.Count == 0)
        {
            errors.Add(FieldError.Required(path, "must specify a handler type"));
        }

        foreach (var extra in set.Skip(1))
        {
            errors.Add(FieldError.Forbidden(path.Child(extra.Name), "may not specify more than 1 handler type"));
        }
    }

    private static void ValidateExec(ExecAction? exec, FieldPath path, List<FieldError> errors)
    {
        if (exec is not null && exec.Command is not { Count: > 0 })
        {
            errors.Add(FieldError.Required(path.Child("command")));
        }
    }

    private static void ValidateHttpGet(HttpGetAction? action, FieldPath path, List<FieldError> errors)
    {
        if (action is null)
        {
            return;
        }

        ValidatePortNumberOrName(action.Port, path.Child("port"), errors);
        Checks.OneOf(action.Scheme, path.Child("scheme"), Schemes, errors);
        for (var index = 0; index < (action.HttpHeaders?.Count ?? 0); index++)
        {
            Checks.Required(action.HttpHeaders![index].Name, path.Child("httpHeaders").Index(index).Child("name"), errors);
        }
    }

    private static void ValidateTcpSocket(TcpSocketAction? action, FieldPath path, List<FieldError> errors)
    {
        if (action is not null)
        {
            ValidatePortNumberOrName(action.Port, path.Child("port"), errors);
        }
    }

    private static void ValidatePortNumberOrName(IntOrString? port, FieldPath path, List<FieldError> errors)
    {
        switch (port)
        {
            case null:
                errors.Add(FieldError.Required(path));
                break;
            case { IsString: true } name:
                Checks.Name(name.StringValue, path, NameRules.PortName, errors);
                break;
            case { } number:
                Checks.Port(number.IntValue, path, errors);
                break;
        }
    }
}
