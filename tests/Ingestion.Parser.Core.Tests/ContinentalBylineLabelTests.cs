using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ContinentalBylineLabelTests
{
    [Theory]
    [InlineData("di Lorenzo Bertolini - 26 settembre 2013 alle 16:20", "Lorenzo Bertolini", "2013-09-26T16:20:00")]
    [InlineData("Von Ingrid Mairhofer - 26.09.2013, 17:45 Uhr", "Ingrid Mairhofer", "2013-09-26T17:45:00")]
    [InlineData("Por Ana Rivas - 26/09/2013 19:12", "Ana Rivas", "2013-09-26T19:12:00")]
    public void A_spaced_hyphen_parts_a_labelled_byline_from_its_date(string line, string author, string iso)
    {
        var found = default(MetadataLine.Found);
        Assert.True(MetadataLine.TryRead(line, ref found));
        Assert.Equal([author], found.Authors);
        Assert.Equal(iso, found.Time?.ToIso());
    }

    [Theory]
    [InlineData("di Lorenzo Bertolini", true)]
    [InlineData("Door Annelies Verhaegen", true)]
    [InlineData("di solito - dice il sindaco - il battello parte alle 16:20", false)]
    [InlineData("Parco - 26 settembre 2013", false)]
    public void Only_a_label_before_a_capitalised_name_opens_a_byline(string line, bool opens) =>
        Assert.Equal(opens, ContinentalBylineLabel.Opens(line));
}
