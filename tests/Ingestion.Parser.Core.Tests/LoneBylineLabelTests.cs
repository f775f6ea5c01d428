using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LoneBylineLabelTests
{
    [Fact]
    public void A_posted_by_label_alone_joins_the_name_under_it()
    {
        var lines = LoneBylineLabel.Join(TextLine.Split("Headline\n\nPosted by\nANN Congressional Producer Ted Barrow\nSeptember 27th, 2013"));
        Assert.Equal(["Headline", "", "Posted by ANN Congressional Producer Ted Barrow", "September 27th, 2013"], lines.Select(line => line.Text));
    }

    [Fact]
    public void A_written_by_label_is_left_to_the_bare_name_rule() =>
        Assert.Equal(2, LoneBylineLabel.Join(TextLine.Split("Written by\nKaren Delacourt")).Count);
}
