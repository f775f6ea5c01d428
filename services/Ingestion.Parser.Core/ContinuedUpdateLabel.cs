namespace Ingestion.Parser.Core;

/// <summary>
/// "Posted at 2013-12-30T14:42:01-0700" / "and last updated 2013-12-30 16:42:01-05": a template prints the story's two
/// times as one sentence on two lines, the second opening with "and". The conjunction made the update line no date line,
/// and a line between byline and text that is no date was taken for the headline. A line that opens with "and" and then
/// an update label ("updated", "last updated", "modified", "last modified") is read as the label and its date; "and"
/// before any other word is left alone. Cost: asked only of a line that failed as a date line: one prefix compare.
/// </summary>
internal static class ContinuedUpdateLabel
{
    private static readonly string[] Labels = ["updated ", "last updated ", "modified ", "last modified "];

    /// <summary>Where the update label starts after the opening "and", or -1.</summary>
    public static int Start(ReadOnlySpan<char> line)
    {
        if (line.Length < 14 || !line.StartsWith("and ", StringComparison.OrdinalIgnoreCase))
        {
            return -1;
        }

        var rest = line[4..];
        foreach (var label in Labels)
        {
            if (rest.StartsWith(label, StringComparison.OrdinalIgnoreCase))
            {
                return 4;
            }
        }

        return -1;
    }
}
