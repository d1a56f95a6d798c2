namespace ActorOrchestrator.Api.Validation;

internal enum ContainerRole
{
    Init,
    Regular,
}
