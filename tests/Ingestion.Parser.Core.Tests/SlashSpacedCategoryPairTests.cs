using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SlashSpacedCategoryPairTests
{
    [Theory]
    [InlineData("Verkehr/ Umwelt", true)]
    [InlineData("Kultur/ Freizeit", true)]
    [InlineData("Gerda Lomm", false)]
    [InlineData("Gerda Lomm/ dpa", false)]
    [InlineData("Verkehr/Umwelt", false)]
    [InlineData("Verkehr/", false)]
    public void A_first_word_ending_in_a_slash_before_another_word_is_a_label(string text, bool isLabel) =>
        Assert.Equal(isLabel, SlashSpacedCategoryPair.Is(text));

    [Theory]
    [InlineData("03.06.2015 - Verkehr/ Umwelt", "03.06.2015")]
    [InlineData("03.06.2015 – Verkehr/ Umwelt", "03.06.2015")]
    [InlineData("03.06.2015 - Gerda Lomm", "03.06.2015 - Gerda Lomm")]
    [InlineData("03.06.2015 - Gerda Lomm/ dpa", "03.06.2015 - Gerda Lomm/ dpa")]
    [InlineData("Verkehr/ Umwelt", "Verkehr/ Umwelt")]
    public void The_label_after_the_dash_goes_from_the_date_line(string line, string left) =>
        Assert.Equal(left, SlashSpacedCategoryPair.WithoutAfterDash(line));

    [Fact]
    public void The_label_is_no_persons_name_while_a_name_stays_one()
    {
        Assert.False(Words.LooksLikePersonName("Verkehr/ Umwelt"));
        Assert.True(Words.LooksLikePersonName("Gerda Lomm"));
    }

    [Fact]
    public void A_section_label_after_the_date_names_no_writer()
    {
        var page = "Zurück zur Übersicht\n\nNeue Bänke für den Lindenpark\n03.06.2015 - Verkehr/ Umwelt\nNeue Bänke für den Lindenpark\n\n"
            + "Der Ortsbeirat hat am Dienstag beschlossen, im Lindenpark zwölf neue Bänke aufstellen zu lassen, und die Kosten aus dem eigenen Budget zu tragen.\n\n"
            + "Die Arbeiten sollen noch vor den Sommerferien beginnen, teilte die Verwaltung auf Nachfrage mit, und bis Ende August abgeschlossen sein.\n";
        var parsed = TextPageSplitter.Split(page);
        Assert.Empty(parsed.Authors);
        Assert.Equal("2015-06-03", parsed.PublishedAt);
    }
}
