namespace Ingestion.Parser.Core;

/// <summary>
/// "— Janet Corrie · 24 September 2013, 19:42": a comment signed under its text (Textpattern's default comment form,
/// 2005–2014, and the hand-made templates of the time) sets an em dash before the writer's name, as a letter's
/// signature does. The dash marks the signature; it is no part of the name.
/// </summary>
internal static class DashBeforeSignature
{
    /// <summary>The header without its leading em or horizontal-bar dash and the space after it, or the same span.</summary>
    public static ReadOnlySpan<char> Strip(ReadOnlySpan<char> header) =>
        header.Length > 3 && header[0] is '—' or '―' && header[1] == ' ' && char.IsLetterOrDigit(header[2]) ? header[2..] : header;
}
