namespace ActorOrchestrator.ControlPlane.ReadModel;

/// <summary>Reads at most <c>limit</c> bytes from the start of a stream's current position, then reports its end.</summary>
internal sealed class BoundedReadStream(Stream inner, long limit) : Stream
{
    private readonly long _limit = limit;
    private long _remaining = limit;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => _limit;

    public override long Position
    {
        get => _limit - _remaining;
        set => throw new NotSupportedException("a bounded stream is read in one pass");
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_remaining == 0)
        {
            return 0;
        }
        var read = inner.Read(buffer[..(int)Math.Min(buffer.Length, _remaining)]);
        _remaining -= read;
        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException("a bounded stream is read in one pass");

    public override void SetLength(long value) => throw new NotSupportedException("a bounded stream is read in one pass");

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException("a bounded stream is read-only");
}
