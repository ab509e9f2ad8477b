"""What the three services share: writer thread, read pool, migrations, server bootstrap, errors."""
