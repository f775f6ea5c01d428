using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class WrappedCaptionCellTests
{
    [Theory]
    [InlineData("La ciclovía actual termina en Oroño y", "Córdoba. Foto: Archivo", "La ciclovía actual termina en Oroño y Córdoba. Foto: Archivo")]
    public void A_caption_wrapped_in_a_narrow_picture_table_is_one_line(string first, string second, string joined)
    {
        var lines = WrappedCaptionCell.Join([new TextLine(0, first), new TextLine(0, second), new TextLine(0, string.Empty), new TextLine(0, "The text.")]);
        Assert.Equal(joined, lines[0].Text);
        Assert.Equal(3, lines.Count);
    }

    [Fact]
    public void A_caption_over_a_whole_photographer_and_agency_credit_stays_two_lines()
    {
        var lines = WrappedCaptionCell.Join([new TextLine(0, "Claire Devereux, Jonah Price"), new TextLine(0, "Jared Milner/Getty Images"), new TextLine(0, string.Empty)]);
        Assert.Equal(3, lines.Count);
        Assert.Equal("Jared Milner/Getty Images", lines[1].Text);
    }

    [Fact]
    public void A_mugshots_name_over_a_labelled_credit_stays_two_lines()
    {
        var lines = WrappedCaptionCell.Join([new TextLine(0, "Dustin R. Keplinger"), new TextLine(0, "Photo by Oxbow County Sheriff"), new TextLine(0, string.Empty)]);
        Assert.Equal(3, lines.Count);
        Assert.Equal("Photo by Oxbow County Sheriff", lines[1].Text);
    }

    [Fact]
    public void Two_sentences_without_a_credit_stay_two_lines()
    {
        var lines = WrappedCaptionCell.Join([new TextLine(0, "The council met on"), new TextLine(0, "Tuesday night."), new TextLine(0, string.Empty)]);
        Assert.Equal(3, lines.Count);
    }

    [Fact]
    public void A_numbered_comment_under_a_reply_link_is_no_wrapped_credit()
    {
        var lines = WrappedCaptionCell.Join([new TextLine(0, "September 27, 2013 at 8:47 pm | Reply"), new TextLine(0, "2. Dyan S"), new TextLine(0, string.Empty)]);
        Assert.Equal(3, lines.Count);
    }

    [Fact]
    public void An_avatars_placeholder_over_a_comment_header_is_no_wrapped_caption()
    {
        var lines = WrappedCaptionCell.Join([new TextLine(0, "• [0]"), new TextLine(0, "farmwife52 posted at 8:14 pm on Wed, Mar 12, 2014."), new TextLine(0, string.Empty)]);
        Assert.Equal(3, lines.Count);
    }
}
