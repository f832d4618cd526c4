"""Consumer lag for operators: ``newsflow lag`` and its Prometheus exporter.

- :mod:`newsflow.lag.status`: Burrow-style status of a partition over a window of samples (pure; the rules);
- :mod:`newsflow.lag.members`: who is in a group, from a DescribeGroups answer (pure);
- :mod:`newsflow.lag.window`: the rolling window and the report rows (pure);
- :mod:`newsflow.lag.sample`: one sampling pass against the broker (committed, exact end, age, members);
- :mod:`newsflow.lag.monitor`: sampling on a clock into the window;
- :mod:`newsflow.lag.exporter`: the ``/metrics`` collector of ``newsflow lag --serve``.
"""
