namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;blockquote&gt;&lt;p&gt;We will keep the old harbour open.&lt;/p&gt;&lt;/blockquote&gt;&lt;p&gt;– Ada Brenner&lt;/p&gt;": a quotation set
/// as a block quote needs no quotation marks, its indentation shows it; the dash line right under it, back at the text's
/// margin, names whom it quotes. It has a sign-off's shape, but it closes the quotation, not the story, so it stays in the
/// text with it (<see cref="QuoteAttributionLine"/>, whose widening this is) and names no writer.
/// Cost: two indentations compared, only for a line under a body line.
/// </summary>
internal static class IndentedQuoteSource
{
    /// <summary>Whether the dash line at <paramref name="index"/> stands right under the deeper-set quotation at <paramref name="above"/>.</summary>
    public static bool Is(PageLines lines, int index, int above)
    {
        var text = lines[index].Text.AsSpan().TrimStart();
        return text is ['–' or '—', ' ', _, ..] && lines[above].Indent > lines[index].Indent && !lines[above].Centred && !lines[index].Centred
            && Words.EndsSentence(lines[above].Text);
    }
}
