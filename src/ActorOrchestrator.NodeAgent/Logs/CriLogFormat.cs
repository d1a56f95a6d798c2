using System.Globalization;
using System.Text;

namespace ActorOrchestrator.NodeAgent.Logs;

/// <summary>
/// Kubernetes' CRI log line: <c>2016-10-06T00:17:09.669794202Z stdout F message</c> — an RFC 3339 UTC time with nine
/// fraction digits, the stream, the tag (F a full line, P a partial one continued by the next record), the raw bytes, a newline.
/// </summary>
public static class CriLogFormat
{
    private const byte Space = (byte)' ';
    private const byte Newline = (byte)'\n';

    /// <summary>The time as CRI logs and <c>kubectl logs --timestamps</c> print it: <c>2016-10-06T00:17:09.669794200Z</c>.</summary>
    public static string FormatTime(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff", CultureInfo.InvariantCulture) + "00Z";

    /// <summary>The bytes of one record, newline included.</summary>
    public static byte[] Encode(DateTimeOffset time, LogStream stream, bool partial, ReadOnlySpan<byte> content)
    {
        var header = Encoding.ASCII.GetBytes($"{FormatTime(time)} {StreamName(stream)} {(partial ? 'P' : 'F')} ");
        var record = new byte[header.Length + content.Length + 1];
        header.CopyTo(record, 0);
        content.CopyTo(record.AsSpan(header.Length));
        record[^1] = Newline;
        return record;
    }

    /// <summary>Reads one line of a CRI log (without its newline); false when it is not a CRI record.</summary>
    public static bool TryParse(ReadOnlySpan<byte> line, out CriLogRecord? record)
    {
        record = null;
        var firstSpace = line.IndexOf(Space);
        if (firstSpace <= 0 || !TryParseTime(line[..firstSpace], out var time))
        {
            return false;
        }

        var rest = line[(firstSpace + 1)..];
        var secondSpace = rest.IndexOf(Space);
        if (secondSpace <= 0)
        {
            return false;
        }

        LogStream stream;
        if (rest[..secondSpace].SequenceEqual("stdout"u8))
        {
            stream = LogStream.Stdout;
        }
        else if (rest[..secondSpace].SequenceEqual("stderr"u8))
        {
            stream = LogStream.Stderr;
        }
        else
        {
            return false;
        }

        rest = rest[(secondSpace + 1)..];
        if (rest.Length < 1 || (rest[0] != (byte)'F' && rest[0] != (byte)'P') || (rest.Length > 1 && rest[1] != Space))
        {
            return false;
        }

        var content = rest.Length > 2 ? rest[2..].ToArray() : [];
        record = new CriLogRecord(time, stream, rest[0] == (byte)'P', content);
        return true;
    }

    /// <summary>Parses an RFC 3339 time with up to nine fraction digits (digits beyond .NET's seven are dropped).</summary>
    public static bool TryParseTime(ReadOnlySpan<byte> text, out DateTimeOffset time)
    {
        var value = Encoding.ASCII.GetString(text);
        var dot = value.IndexOf('.', StringComparison.Ordinal);
        if (dot > 0)
        {
            var zone = dot + 1;
            while (zone < value.Length && char.IsAsciiDigit(value[zone]))
            {
                zone++;
            }

            var digits = Math.Min(zone - dot - 1, 7);
            value = value[..(dot + 1 + digits)] + value[zone..];
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out time);
    }

    private static string StreamName(LogStream stream) => stream == LogStream.Stdout ? "stdout" : "stderr";
}
