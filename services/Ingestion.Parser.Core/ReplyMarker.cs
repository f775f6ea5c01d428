namespace Ingestion.Parser.Core;

/// <summary>
/// "In Response" on a line of its own over a comment's header: the thread prints its replies unindented under the comment
/// they answer and marks each one so, without naming anybody.
/// </summary>
internal static class ReplyMarker
{
    public static bool IsBare(string line) => line.Length <= 14 && line.AsSpan().Trim(" :").Equals("In Response", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the comment header at <paramref name="header"/> stands right under the marker.</summary>
    public static bool Marks(PageLines lines, int header)
    {
        for (var i = header - 1; i >= 0; i--)
        {
            if (!lines[i].IsBlank)
            {
                return IsBare(lines[i].Text);
            }
        }

        return false;
    }
}
