using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class WriterPublicationBadgeTests
{
    [Fact]
    public void The_newsletter_the_writer_publishes_is_no_part_of_the_name()
    {
        Assert.Equal("Ana Ruiz", WriterPublicationBadge.Without("Ana Ruiz · Writes The Ledger Line").ToString());
    }

    [Fact]
    public void A_name_without_the_badge_stays_as_it_stands()
    {
        Assert.Equal("Tom Haverly", WriterPublicationBadge.Without("Tom Haverly").ToString());
        Assert.Equal("Ray Castellano · writes daily", WriterPublicationBadge.Without("Ray Castellano · writes daily").ToString());
    }

    [Fact]
    public void A_header_with_the_badge_reads_as_name_and_date()
    {
        Assert.True(CommentLine.TryReadAuthor("Ana Ruiz · Writes The Ledger Line · Sep 14, 2020", out var author, out var time, out _));
        Assert.Equal("Ana Ruiz", author);
        Assert.NotNull(time);
    }
}
