using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>German, French and Spanish sort tabs printed without their label (round r-dump2013bh, `t864`).</summary>
public class ContinentalSortOptionsTests
{
    [Theory]
    [InlineData("Neueste zuerst | Älteste zuerst", true)]
    [InlineData("Neueste zuerst | Älteste zuerst | Beliebteste", true)]
    [InlineData("Les plus récentes | Les plus anciennes | Les mieux notées", true)]
    [InlineData("Más recientes | Más antiguos | Más votados", true)]
    [InlineData("Älteste zuerst", true)]
    [InlineData("Neueste Nachrichten aus Grenchen", false)]
    [InlineData("Neueste zuerst, dann die älteren: so sortiert die Redaktion.", false)]
    [InlineData("Les plus récentes études montrent le contraire", false)]
    [InlineData("Más recientes | Deportes | Cultura", false)]
    public void A_row_of_sort_tabs_is_told_from_a_heading_or_a_sentence(string line, bool option) =>
        Assert.Equal(option, SortOrders.IsOption(line));

    [Fact]
    public void The_unlabelled_row_over_a_commenter_is_no_name()
    {
        var lines = new PageLines(TextLine.Split("Neueste zuerst | Älteste zuerst\n\nUrsula Kocher, Bettlach\n27.9.2013, 20:37 Uhr"));

        Assert.Equal(CommentLine.Kind.Action, CommentLine.Classify(lines, 0));
    }
}
