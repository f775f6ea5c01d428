using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class DateBeforePlaceNamesTests
{
    private const string Page = """
        Abonnieren Anmelden
        Immobilien
        App

        «Ein Dorfladen ist mehr als ein Laden»

          14.03.2024 Kleinwil, Kleinwil, Oberland
        Vreni Muster und Hans Beispiel vor dem neuen Dorfladen am Bachweg. Bild Peter Probst
        Vreni Muster und Hans Beispiel vor dem neuen Dorfladen am Bachweg. Bild Peter Probst


        Wie ein Dorf seinen Laden rettet

        Der Verein lud am Samstag zur Eröffnung ein. Die Gäste sprachen darüber, wie ein kleiner Laden im Dorf bestehen kann, wenn die Kundschaft in die Stadt fährt, und was der Verein dafür tut.
        Share

        Möchten Sie weiterlesen?

        Ja. Ich bin Abonnent.

        """;

    [Fact]
    public void The_line_over_a_date_with_place_names_is_the_headline_not_the_subtitle_over_the_text()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page), "dorfladen.w3m.txt");

        Assert.Equal("«Ein Dorfladen ist mehr als ein Laden»", page.Title);
        Assert.Equal("Der Verein lud am Samstag zur Eröffnung ein. Die Gäste sprachen darüber, wie ein kleiner Laden im Dorf bestehen kann, wenn die Kundschaft in die Stadt fährt, und was der Verein dafür tut.", Assert.Single(page.BodyParagraphs));
    }

    [Theory]
    [InlineData("14.03.2024 Kleinwil, Kleinwil, Oberland", true)]
    [InlineData("  2024-03-14 Zürich", true)]
    [InlineData("14.03.2024", false)]
    [InlineData("14.03.2024 Der Verein lud zur Eröffnung ein.", false)]
    [InlineData("14.03.2024 Kleinwil, 3 Kommentare", false)]
    [InlineData("Kleinwil, 14.03.2024", false)]
    public void Only_a_date_before_a_short_list_of_capitalised_names_is_a_storys_dateline(string line, bool dateline) =>
        Assert.Equal(dateline, DateBeforePlaceNames.Is(line));
}
