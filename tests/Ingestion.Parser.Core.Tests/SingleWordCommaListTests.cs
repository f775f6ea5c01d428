using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SingleWordCommaListTests
{
    private static ParsedPage ParseText(string underHeadline) => PageParser.Parse(Encoding.UTF8.GetBytes($"""
        Die Hafenfähre fährt im Winter seltener

        {underHeadline}

        Die Hafenverwaltung hat am Montag beschlossen, dass die Fähre im Winter nur noch stündlich fährt. Das betrifft vor allem Pendler aus dem Osten der Stadt.

        Die Gewerkschaft kritisiert den Entscheid scharf und fordert eine Anhörung der Betroffenen vor dem Stadtrat im Dezember dieses Jahres.
        """), "page.txt");

    [Fact]
    public void Villages_listed_after_the_date_name_no_writer_and_the_date_is_read()
    {
        var page = ParseText("07.11.2023 Seedorf, Seedorf, Uferland");

        Assert.Empty(page.Authors);
        Assert.StartsWith("2023-11-07", page.PublishedAt);
    }

    [Fact]
    public void Villages_listed_on_their_own_line_under_the_date_name_no_writer()
    {
        var page = ParseText("07.11.2023\nSeedorf, Hafenau, Uferland");

        Assert.Empty(page.Authors);
    }

    [Fact]
    public void A_writers_full_name_after_the_date_is_still_the_writer()
    {
        var page = ParseText("07.11.2023 Anna Seiler");

        Assert.Equal(["Anna Seiler"], page.Authors);
    }

    [Theory]
    [InlineData("Seedorf, Seedorf, Uferland", true)]
    [InlineData("Keller, Beat", false)]
    [InlineData("Anna Seiler, Beat Keller, Uferland", false)]
    [InlineData("Seedorf Uferland", false)]
    public void Only_three_single_words_or_more_joined_by_commas_are_a_list(string text, bool isList)
    {
        Assert.Equal(isList, SingleWordCommaList.Is(text));
    }
}
