using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class BylineTrailingHandleTests
{
    [Theory]
    [InlineData("By Tamsin Okafor•@tokafor")]
    [InlineData("By Tamsin Okafor • @tokafor")]
    [InlineData("By Tamsin Okafor | @tokafor")]
    [InlineData("By Tamsin Okafor @tokafor")]
    [InlineData("By Tamsin Okafor | Follow @tokafor")]
    public void The_handle_after_the_name_is_no_part_of_it(string line)
    {
        var found = default(MetadataLine.Found);

        Assert.True(MetadataLine.TryRead(line, ref found));
        Assert.Equal(["Tamsin Okafor"], found.Authors);
    }
}
