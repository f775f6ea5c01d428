using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LabelledBylineOverHeadlineTests
{
    private static PageLines Lines(params string[] texts) => new([.. texts.Select(line => new TextLine(0, line))]);

    [Fact]
    public void A_dated_byline_with_its_label_over_the_headline_is_the_storys()
    {
        var lines = Lines("Dienstag, 13. Mai 2014, von Dr. Anna Berger", "", "Weiterempfehlen Drucken", "", "Besprechung: Lehmann - Medienrecht, 3. Auflage");
        Assert.True(LabelledBylineOverHeadline.Is(lines, 0, 4));
    }

    [Fact]
    public void Text_between_the_byline_and_the_headline_makes_it_another_storys()
    {
        var lines = Lines("Tuesday, May 13, 2014, by Anna Berger", "The council met for three hours on Monday night.", "Council backs new library");
        Assert.False(LabelledBylineOverHeadline.Is(lines, 0, 2));
    }

    [Theory]
    [InlineData("Harbour Daily Star Saturday, March 9, 2013")] // a masthead's paper and day
    [InlineData("By Associated Press AP June 3, 2015, 6:12 PM")] // a wire service signing
    [InlineData("Anna Berger May 13, 2014")] // a bare name over the headline may be a rail's item
    public void A_line_without_a_writers_labelled_name_is_none(string line) =>
        Assert.False(LabelledBylineOverHeadline.Is(Lines(line, "", "Council backs new library"), 0, 2));

    [Fact]
    public void The_byline_over_the_headline_outranks_a_sidebar_items_name_and_day_under_the_text()
    {
        // lynx centres the headline on its 1024-column page.
        var centred = new string(' ', 180);
        var page = TextPageSplitter.Split($$"""
               Dienstag, 13. Mai 2014, von Dr. Anna Berger

               Weiterempfehlen Drucken

               {{centred}}Besprechung: Lehmann - Medienrecht, 3. Auflage 2014

               Das Medienrecht, ein rechtsfreier Raum? Diese Frage beantwortet die neue Auflage des Handbuchs gründlich und auf mehr als achthundert Seiten.

               Das Werk richtet sich an Praktiker, eignet sich aber auch als Lehrbuch für Studenten und Referendare, die einen Überblick suchen.

                 * Besprechung: Krause/Otto - Funkrecht und Praxis Montag, 29. September 2014
                 * Besprechung: Seidel - Presserecht, 5. Aufl. Freitag, 25. April 2014
            """);
        Assert.Equal(["Dr. Anna Berger"], page.Authors);
        Assert.Equal("2014-05-13", page.PublishedAt);
    }
}
