using System.Text.RegularExpressions;

namespace Ingestion.Deployment.Tests;

public sealed record DockerInstruction(string Keyword, string Arguments);

/// <summary>A Dockerfile as its stages' instructions: enough of the syntax for the Dockerfiles in this repository.</summary>
public sealed partial class Dockerfile
{
    private Dockerfile(IReadOnlyList<IReadOnlyList<DockerInstruction>> stages) => Stages = stages;

    /// <summary>Each stage's instructions, its FROM first.</summary>
    public IReadOnlyList<IReadOnlyList<DockerInstruction>> Stages { get; }

    public IReadOnlyList<DockerInstruction> Build => Stages[0];

    /// <summary>The stage the image is made of.</summary>
    public IReadOnlyList<DockerInstruction> Final => Stages[^1];

    public static Dockerfile Read(string relativePath)
    {
        var text = LineContinuation().Replace(RepositoryFiles.ReadText(relativePath), " ");
        var stages = new List<List<DockerInstruction>>();
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var space = line.IndexOf(' ', StringComparison.Ordinal);
            var instruction = new DockerInstruction(
                (space < 0 ? line : line[..space]).ToUpperInvariant(),
                space < 0 ? "" : line[(space + 1)..].Trim());
            if (instruction.Keyword == "FROM")
            {
                stages.Add([]);
            }

            if (stages.Count == 0)
            {
                throw new InvalidOperationException($"{relativePath}: {instruction.Keyword} before the first FROM.");
            }

            stages[^1].Add(instruction);
        }

        return new Dockerfile(stages);
    }

    [GeneratedRegex(@"\\\r?\n")]
    private static partial Regex LineContinuation();
}

public static class DockerInstructions
{
    public static IEnumerable<DockerInstruction> Named(this IEnumerable<DockerInstruction> stage, string keyword) =>
        stage.Where(i => i.Keyword == keyword);
}
