namespace Ingestion.Parser.Core;

/// <summary>
/// "Commuters wait for a replacement bus at Hornsby station in July. Picture: Toby Grainger Source: Coastline News": an
/// Australian network's caption (News Limited sites, 2010–2014) credits the photographer after "Picture:" and then the
/// outlet the picture came from after "Source:". The source is cut off so that the "Picture:" credit is read as a
/// British regional paper's is.
/// </summary>
internal static class PictureSourceCredit
{
    private const string SourceMark = " Source: ";
    private const int MaxSourceWords = 4;

    /// <summary>The caption without a trailing " Source: Outlet"; the text itself when it ends otherwise.</summary>
    public static ReadOnlySpan<char> WithoutSource(ReadOnlySpan<char> text)
    {
        var at = text.LastIndexOf(SourceMark, StringComparison.Ordinal);
        if (at <= 0)
        {
            return text;
        }

        var source = text[(at + SourceMark.Length)..].Trim();
        return source is [var first, ..] && char.IsUpper(first) && Words.Count(source) <= MaxSourceWords && !Words.EndsSentence(source)
            && source.IndexOfAny(':', '|') < 0
            ? text[..at]
            : text;
    }
}
