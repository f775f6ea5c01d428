namespace Ingestion.Parser.Core;

/// <summary>
/// "By Dana Whitfield, Harbour Arts Foundation", "Von Lena Brandt, Rheinische Kunststiftung": a foundation's or a
/// university's blog signs a post with the writer's name and, after a comma, the body the writer works for. The body's
/// name ends in its kind ("Foundation", "Institute", "University", German "…stiftung", "…verband"); a second writer's
/// name never does. The piece is where the writer works, not a second author.
/// </summary>
internal static class InstitutionAfterBylineComma
{
    /// <summary>Whether a byline piece after a name is a body's name, by the kind its last word names.</summary>
    public static bool Is(ReadOnlySpan<char> piece)
    {
        var text = piece.Trim();
        var lastSpace = text.LastIndexOf(' ');
        if (lastSpace <= 0 || !char.IsUpper(text[0]))
        {
            return false;
        }

        // The kinds a body's name opens with in English ("Foundation for …") end it here, and German glues its kind to the
        // last word ("Kunststiftung") as to the first of "Kulturstiftung des Landes".
        var last = text[(lastSpace + 1)..];
        return OrganisationNameForm.IsKind(last) || CompoundBodyNameForm.EndsWithKind(last);
    }
}
