using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class DashBeforeSignatureTests
{
    [Fact]
    public void The_em_dash_before_a_signature_goes()
    {
        Assert.Equal("Janet Corrie · 24 September 2013, 19:42", DashBeforeSignature.Strip("— Janet Corrie · 24 September 2013, 19:42").ToString());
    }

    [Fact]
    public void A_signature_under_a_comment_reads_its_name_without_the_dash()
    {
        Assert.True(CommentLine.TryReadAuthor("— Janet Corrie · 24 September 2013, 19:42", out var author, out var time, out _));
        Assert.Equal("Janet Corrie", author);
        Assert.Equal("2013-09-24T19:42:00", time?.ToIso());
    }

    [Theory]
    [InlineData("—the council said no")]
    [InlineData("— ")]
    [InlineData("Janet Corrie — 24 September 2013")]
    [InlineData("-- Janet")]
    public void Other_lines_stay(string line)
    {
        Assert.Equal(line, DashBeforeSignature.Strip(line).ToString());
    }
}
