namespace ActorOrchestrator.Gateway.Tables;

/// <summary>Kubernetes' <c>duration.HumanDuration</c>: <c>45s</c>, <c>2m10s</c>, <c>66m</c>, <c>8h</c>, <c>2d7h</c>, <c>10d</c>, <c>3y45d</c>.</summary>
internal static class HumanDuration
{
    public static string Format(TimeSpan elapsed)
    {
        var seconds = (long)elapsed.TotalSeconds;
        if (seconds < -1)
        {
            return "<invalid>";
        }

        if (seconds < 0)
        {
            return "0s";
        }

        if (seconds < 60 * 2)
        {
            return $"{seconds}s";
        }

        var minutes = seconds / 60;
        if (minutes < 10)
        {
            var rest = seconds % 60;
            return rest == 0 ? $"{minutes}m" : $"{minutes}m{rest}s";
        }

        if (minutes < 60 * 3)
        {
            return $"{minutes}m";
        }

        var hours = minutes / 60;
        if (hours < 8)
        {
            var rest = minutes % 60;
            return rest == 0 ? $"{hours}h" : $"{hours}h{rest}m";
        }

        if (hours < 48)
        {
            return $"{hours}h";
        }

        if (hours < 24 * 8)
        {
            var rest = hours % 24;
            return rest == 0 ? $"{hours / 24}d" : $"{hours / 24}d{rest}h";
        }

        if (hours < 24 * 365 * 2)
        {
            return $"{hours / 24}d";
        }

        if (hours < 24 * 365 * 8)
        {
            var days = (hours / 24) % 365;
            return days == 0 ? $"{hours / 24 / 365}y" : $"{hours / 24 / 365}y{days}d";
        }

        return $"{hours / 24 / 365}y";
    }
}
