using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>Tests with a time budget run alone, so other test classes do not eat into it.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RunAlone
{
    public const string Name = "Timed";
}
