namespace Ingestion.Parser.Core;

/// <summary>
/// "By Letters To The Editor", a JSON-LD "Person" named "Letters to the Editor": a newspaper's letters page is signed by
/// the section readers write to, each letter by its own writer under its text. The section's name is no writer, as a
/// desk's is none (SignedByDesk).
/// </summary>
internal static class LettersSectionByline
{
    private static readonly WordSet Names = new(["letters to the editor", "letter to the editor", "letters", "readers' letters", "reader letters", "letters from readers"]);

    public static bool Is(string name) => Names.Contains(name.AsSpan().Trim());
}
