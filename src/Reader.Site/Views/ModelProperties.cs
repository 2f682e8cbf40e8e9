using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;

namespace Reader.Site.Views;

/// <summary>
/// A type's readable properties (public, instance, no parameters), found once per type: templates read view
/// models by name and fingerprints read them in order, hundreds of times a page. In a build compiled ahead of
/// time the metadata is there because the publish keeps Reader.Site and Reader.Content whole.
/// </summary>
internal sealed class ModelProperties
{
    private static readonly ConcurrentDictionary<Type, ModelProperties> Cache = new();

    private readonly Dictionary<string, PropertyInfo> _byName = new(StringComparer.Ordinal);

    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "View models and front matter live in assemblies the publish roots whole.")]
    private ModelProperties(Type type)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            // An indexer is not a value a template can name or a fingerprint can read.
            if (property.GetIndexParameters().Length == 0 && _byName.TryAdd(property.Name, property))
            {
                InOrder.Add(property);
            }
        }
    }

    /// <summary>In declaration order, so what is written from them is the same on every run.</summary>
    public List<PropertyInfo> InOrder { get; } = [];

    public static ModelProperties Of(Type type) => Cache.GetOrAdd(type, t => new ModelProperties(t));

    public bool TryGet(string name, [NotNullWhen(true)] out PropertyInfo? property) => _byName.TryGetValue(name, out property);
}
