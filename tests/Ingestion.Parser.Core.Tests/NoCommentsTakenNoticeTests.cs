using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>
/// A Spanish, German or French story that takes no comments says so where the thread would stand; the notice ends the
/// text as "Comments are closed." does (round r-dump2013bh, a variant of `t868`).
/// </summary>
public class NoCommentsTakenNoticeTests
{
    [Theory]
    [InlineData("Esta noticia no admite comentarios.")]
    [InlineData("Este artículo no admite comentarios")]
    [InlineData("Die Kommentarfunktion ist für diesen Artikel deaktiviert.")]
    [InlineData("Für diesen Artikel ist die Kommentarfunktion geschlossen.")]
    [InlineData("Cet article n'est pas ouvert aux commentaires.")]
    public void The_notice_is_the_pages_footer(string line) =>
        Assert.Equal(CommentHeadings.Kind.Footer, CommentHeadings.Classify(line));

    [Theory]
    [InlineData("La ley no admite comentarios de los vecinos, dijo el alcalde.")]
    [InlineData("Die Kommentarfunktion des Portals wurde im Mai erneuert, sagte der Betreiber.")]
    [InlineData("Cet article de loi n'est pas clair, selon l'avocat.")]
    public void A_sentence_of_the_text_about_comments_is_no_footer(string line) =>
        Assert.NotEqual(CommentHeadings.Kind.Footer, CommentHeadings.Classify(line));
}
