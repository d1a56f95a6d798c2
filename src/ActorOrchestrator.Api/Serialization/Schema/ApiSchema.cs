using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.Api.Quantities;

namespace ActorOrchestrator.Api.Serialization.Schema;

/// <summary>
/// Derives the schema of a kind from the model records through the serializer's own contract, so the
/// field names the decoder checks are exactly the names the serializer reads and writes.
/// </summary>
internal static class ApiSchema
{
    private static readonly ConcurrentDictionary<Type, ObjectSchema> Published = new();
    private static readonly Lock BuildLock = new();

    public static ObjectSchema For(Type type)
    {
        if (Published.TryGetValue(type, out var schema))
        {
            return schema;
        }

        lock (BuildLock)
        {
            var building = new Dictionary<Type, ObjectSchema>();
            var built = (ObjectSchema)Build(type, null, building);
            foreach (var (builtType, builtSchema) in building)
            {
                Published.TryAdd(builtType, builtSchema);
            }

            return built;
        }
    }

    private static SchemaNode Build(Type type, MemberInfo? member, Dictionary<Type, ObjectSchema> building)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (Scalar(type, member) is { } scalar)
        {
            return new ScalarSchema(scalar);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>))
        {
            return new MapSchema(Build(type.GetGenericArguments()[1], null, building));
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            return new ListSchema(Build(type.GetGenericArguments()[0], null, building));
        }

        if (Published.TryGetValue(type, out var published))
        {
            return published;
        }

        if (building.TryGetValue(type, out var inProgress))
        {
            return inProgress;
        }

        var schema = new ObjectSchema(type);
        building[type] = schema;
        var contract = ApiJson.Options.GetTypeInfo(type);
        if (contract.Kind != JsonTypeInfoKind.Object)
        {
            throw new InvalidOperationException($"{type.Name} is not an object type of the model");
        }

        foreach (var property in contract.Properties)
        {
            var attributeProvider = property.AttributeProvider as MemberInfo;
            var patch = attributeProvider?.GetCustomAttribute<PatchStrategyAttribute>();
            schema.Add(new SchemaProperty(property.Name, Build(property.PropertyType, attributeProvider, building), patch?.Strategy, patch?.MergeKey));
        }

        return schema;
    }

    private static ScalarKind? Scalar(Type type, MemberInfo? member)
    {
        if (type == typeof(string))
        {
            return ScalarKind.String;
        }

        if (type == typeof(int))
        {
            return ScalarKind.Int32;
        }

        if (type == typeof(long))
        {
            return ScalarKind.Int64;
        }

        if (type == typeof(double))
        {
            return ScalarKind.Double;
        }

        if (type == typeof(bool))
        {
            return ScalarKind.Boolean;
        }

        if (type == typeof(Quantity))
        {
            return ScalarKind.Quantity;
        }

        if (type == typeof(IntOrString))
        {
            return ScalarKind.IntOrString;
        }

        if (type == typeof(byte[]))
        {
            return ScalarKind.Bytes;
        }

        if (type == typeof(DateTimeOffset))
        {
            var converter = member?.GetCustomAttribute<JsonConverterAttribute>()?.ConverterType;
            return converter == typeof(MicroTimeJsonConverter) ? ScalarKind.MicroTime : ScalarKind.Time;
        }

        return type == typeof(JsonElement) || typeof(JsonNode).IsAssignableFrom(type) ? ScalarKind.Any : null;
    }
}
