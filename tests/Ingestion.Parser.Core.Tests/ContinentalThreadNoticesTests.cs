using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>
/// The disclaimer under German, French and Spanish threads and an Austrian forum's rating row in words (round
/// r-dump2013bh, `t865`).
/// </summary>
public class ContinentalThreadNoticesTests
{
    [Theory]
    [InlineData("Die Kommentare von Usern und Userinnen geben nicht notwendigerweise die Meinung der Redaktion wieder. Die Redaktion behält sich vor, Postings zu entfernen.", true)]
    [InlineData("Les commentaires n'engagent que leurs auteurs.", true)]
    [InlineData("Los comentarios son responsabilidad exclusiva de sus autores.", true)]
    [InlineData("Die Kommentare der Anrainer im Gemeinderat waren deutlich.", false)]
    [InlineData("Los comentarios del alcalde no gustaron a los vecinos.", false)]
    public void The_threads_disclaimer_is_furniture(string line, bool furniture) =>
        Assert.Equal(furniture, BoilerplateFilter.IsBoilerplate(line));

    [Theory]
    [InlineData("Antworten | Melden | 28 positiv | 6 negativ", "Action")]
    [InlineData("Antworten | Melden | 4 positiv | 12 negativ", "Action")]
    [InlineData("Der Test war positiv, das Ergebnis negativ für die Stadt.", "Text")]
    public void An_austrian_forums_rating_in_words_is_the_postings_button_row(string line, string kind) =>
        Assert.Equal(kind, CommentLine.Classify(PageLines.Of(line), 0).ToString());
}
