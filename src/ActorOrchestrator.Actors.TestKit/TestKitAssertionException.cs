using Xunit.Sdk;

namespace ActorOrchestrator.Actors.TestKit;

/// <summary>A failed TestKit expectation; xunit reports it as a test failure showing the message.</summary>
public sealed class TestKitAssertionException : XunitException
{
    public TestKitAssertionException(string message)
        : base(message)
    {
    }

    public TestKitAssertionException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
