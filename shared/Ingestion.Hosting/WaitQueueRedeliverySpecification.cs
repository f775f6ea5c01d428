using MassTransit;
using MassTransit.Configuration;
using MassTransit.Middleware;
using MassTransit.Observables;
using MassTransit.RetryPolicies;

namespace Ingestion.Hosting;

/// <summary>
/// MassTransit's own redelivery filter (retry counting, faults held back until the last try, the <c>_error</c> queue at
/// the end), preceded by the filter that makes it wait in a <see cref="WaitQueues">wait queue</see>.
/// </summary>
internal sealed class WaitQueueRedeliverySpecification<TMessage>(string queue, RedeliverySettings settings, Type[] transientExceptions)
    : IPipeSpecification<ConsumeContext<TMessage>>
    where TMessage : class
{
    public void Apply(IPipeBuilder<ConsumeContext<TMessage>> builder)
    {
        var intervals = Retry.Interval(Retry.Selected(transientExceptions), settings.Limit, settings.Delay);
        // A retry context of its own holds the consumer's faults back until the last redelivery, as MassTransit's does.
        var policy = new ConsumeContextRetryPolicy<ConsumeContext<TMessage>, RetryConsumeContext<TMessage>>(
            intervals,
            CancellationToken.None,
            (context, retryPolicy, retryContext) =>
                context as RetryConsumeContext<TMessage> ?? new RedeliveryRetryConsumeContext<TMessage>(context, retryPolicy, retryContext));

        builder.AddFilter(new WaitQueueRedeliveryFilter<TMessage>(queue));
        builder.AddFilter(new RedeliveryRetryFilter<ConsumeContext<TMessage>, TMessage>(policy, new RetryObservable()));
    }

    public IEnumerable<ValidationResult> Validate() => [];
}
