using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;

namespace Ingestion.Deployment.Tests;

/// <summary>Reads files of the repository this test assembly was built from.</summary>
public static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(string relativePath) => Path.Combine(Root, relativePath);

    public static string ReadText(string relativePath) => File.ReadAllText(PathOf(relativePath));

    /// <summary>Every document of a YAML file, with merge keys (<c>&lt;&lt;: *anchor</c>) applied as compose applies them.</summary>
    public static IReadOnlyList<object?> ReadYamlDocuments(string relativePath)
    {
        using var reader = new StringReader(ReadText(relativePath));
        var parser = new MergingParser(new Parser(reader));
        var deserializer = new DeserializerBuilder().Build();
        var documents = new List<object?>();
        parser.Consume<StreamStart>();
        while (parser.Accept<DocumentStart>(out _))
        {
            documents.Add(deserializer.Deserialize(parser));
        }

        return documents;
    }

    public static object? ReadYaml(string relativePath) => ReadYamlDocuments(relativePath).Single();

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Ingestion.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Ingestion.sln above {AppContext.BaseDirectory}.");
    }
}

/// <summary>Navigation over what YamlDotNet deserializes untyped: mappings, sequences and strings.</summary>
public static class YamlNodes
{
    public static IDictionary<object, object?> AsMap(this object? node, string what) =>
        node as IDictionary<object, object?> ?? throw new InvalidOperationException($"{what} is not a mapping.");

    public static IReadOnlyList<object?> AsList(this object? node) =>
        node switch
        {
            null => [],
            IList<object?> list => [.. list],
            _ => throw new InvalidOperationException("Expected a sequence."),
        };

    /// <summary>The node at <paramref name="path"/>, or null when any step is missing.</summary>
    public static object? At(this object? node, params string[] path)
    {
        foreach (var key in path)
        {
            if (node is not IDictionary<object, object?> map || !map.TryGetValue(key, out node))
            {
                return null;
            }
        }

        return node;
    }

    public static string? Text(this object? node, params string[] path) => node.At(path) as string;

    public static IEnumerable<IDictionary<object, object?>> Maps(this object? node) =>
        node.AsList().OfType<IDictionary<object, object?>>();
}
