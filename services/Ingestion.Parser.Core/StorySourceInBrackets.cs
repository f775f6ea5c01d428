namespace Ingestion.Parser.Core;

/// <summary>
/// "… Die Ermittlungen gehen weiter. (Quelle: SWR)", "… zijn nog onbekend. (Bron: ANP)": a German, Dutch or Portuguese
/// story that retells another outlet's report closes its last paragraph with that outlet under a source label in
/// brackets. The bracket names where the story's facts came from, not who took a picture: the paragraph stays text,
/// where a bracketed name after the last sentence ("… since 2011. (Maple News)") credits a picture.
/// </summary>
/// <remarks>
/// The English "(Source: …)" is left out: TV stations' sites credit a caption's picture so ("(Source: Viewer photo /
/// Jenna Ruiz)"), and <see cref="SourceCredit"/> leaves it out of its labels for the same kind of reason.
/// </remarks>
internal static class StorySourceInBrackets
{
    /// <summary>Whether <paramref name="credit"/>, the words inside a closing bracket, open with a source label.</summary>
    public static bool Is(ReadOnlySpan<char> credit) => SourceCredit.Start(credit) == 0;
}
