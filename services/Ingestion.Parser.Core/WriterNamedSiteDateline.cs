namespace Ingestion.Parser.Core;

/// <summary>
/// "Mattias Geniar" (the blog's name over its menu) / … / "Ida Holm, April 19, 2020": a blog named after its writer dates
/// each post under the writer's name with no "By". The name the site shares is the writer's, as after "By", where a
/// paper's own name before its date ("The Hudson Post, March 3, 2020", "Le Journal du Soir.fr | 12.03.2013") is no
/// writer: a person's two or three capitalised words, no article opening them and no paper's word closing them, under the
/// headline (a masthead's "Fairmont Daily Star   2013-03-09" over it names the paper).
/// </summary>
internal static class WriterNamedSiteDateline
{
    public static bool Is(string name, in MetadataLine.Found found) =>
        found.Time is not null && Words.CountUpTo(name, 4) is 2 or 3 && BylineParser.IsWritersName(name)
        && !name.StartsWith("The ", StringComparison.Ordinal) && !BylineParser.EndsWithPaperWord(name);
}
