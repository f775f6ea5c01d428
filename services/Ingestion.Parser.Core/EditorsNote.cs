namespace Ingestion.Parser.Core;

/// <summary>
/// "Editor's Note: Name is a senior fellow at … The views expressed are his own.": an opinion blog prints the note on the
/// writer at the top of the post, sometimes above the byline. It is the post's own text, no standfirst.
/// </summary>
internal static class EditorsNote
{
    private static readonly PrefixSet Labels = new(["editor's note:", "editor’s note:", "editors' note:", "editors’ note:", "editor's note :"]);

    /// <summary>Whether the line opens with the note's label.</summary>
    public static bool Opens(string line) => Labels.Matches(line.AsSpan().TrimStart());
}
